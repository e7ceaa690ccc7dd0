package uk.frontdoor.people.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.authority.Postcode;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.people.Candidate;
import uk.frontdoor.people.CreatePerson;
import uk.frontdoor.people.Gender;
import uk.frontdoor.people.History;
import uk.frontdoor.people.HistoryEntry;
import uk.frontdoor.people.HistoryKind;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.people.LinkPerson;
import uk.frontdoor.people.NewPerson;
import uk.frontdoor.people.People;
import uk.frontdoor.people.PersonKind;
import uk.frontdoor.people.PersonLink;
import uk.frontdoor.people.PersonProbe;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * People in PostgreSQL. Matching narrows first, with one query whose branches each use an index
 * (NHS number, UPN, date of birth and its likely mistakes, first name and surname sounding alike
 * together with year of birth, postcode with year of birth), keeps the {@value #NARROWED} nearest
 * by name trigrams, reads only those people, and scores them in Java ({@link CandidateScorer}).
 */
@Service
record JdbcPeople(JdbcClient jdbc, Tenancy tenancy, JsonMapper json, Clock clock, Transactions transactions) implements People {

  static final int NARROWED = 60;
  static final int SHOWN = 10;
  private static final String PERSON_COLUMNS =
      """
      p.id, p.kind, p.first_name, p.last_name, p.other_names, p.date_of_birth, p.expected_date,
      p.gender, p.nhs_number, p.upn, p.postcode, p.address_line, p.household_id
      """;

  @Override
  public List<Candidate> candidates(UUID authorityId, PersonProbe probe) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Narrowing narrowing = Narrowing.of(authorityId, probe);
      if (narrowing.isEmpty()) {
        return List.of();
      }
      List<Object> params = new ArrayList<>();
      params.add(narrowing.firstNames());
      params.add(narrowing.lastNames());
      params.add(PersonNames.key(probe.firstName()));
      params.add(PersonNames.key(probe.lastName()));
      params.addAll(narrowing.params());
      params.add(PersonNames.key(String.join(" ", Stream.of(probe.firstName(), probe.lastName()).filter(Objects::nonNull).toList())));
      params.add(NARROWED);
      params.add(authorityId);
      List<Row> rows =
          jdbc.sql(
                  """
                  WITH names AS (
                    SELECT ARRAY(SELECT unnest(person_name_sounds(person_name_key(n))) FROM unnest(?::text[]) n) AS firsts,
                           ARRAY(SELECT unnest(person_name_sounds(person_name_key(n))) FROM unnest(?::text[]) n) AS lasts
                  ), probe AS (
                    SELECT person_name_pairs(names.firsts, names.lasts, '{}') AS pairs,
                           person_name_sounds(?) AS first_sounds,
                           person_name_sounds(?) AS last_sounds
                      FROM names
                  ), narrowed AS (
                  """
                      + narrowing.sql()
                      + """
                  ), nearest AS (
                    SELECT id FROM narrowed ORDER BY similarity(name_key, ?) DESC, id LIMIT ?
                  )
                  SELECT
                  """
                      + PERSON_COLUMNS
                      + """
                         , p.first_sounds, p.last_sounds,
                         probe.first_sounds AS probe_first_sounds, probe.last_sounds AS probe_last_sounds
                    FROM nearest JOIN person p ON p.authority_id = ? AND p.id = nearest.id CROSS JOIN probe
                  """)
              .params(params)
              .query(
                  (rs, n) ->
                      new Row(
                          new Found(person(rs, n), strings(rs.getArray("first_sounds")), strings(rs.getArray("last_sounds"))),
                          strings(rs.getArray("probe_first_sounds")),
                          strings(rs.getArray("probe_last_sounds"))))
              .list();
      if (rows.isEmpty()) {
        return List.of();
      }
      // The probe's own sound-alike keys, worked out by the database as for known people, came
      // back on every row.
      CandidateScorer scorer = new CandidateScorer(probe, rows.get(0).probeFirstSounds(), rows.get(0).probeLastSounds());
      return rows.stream()
          .map(row -> scorer.score(row.found()))
          .flatMap(Optional::stream)
          .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(c -> c.person().fullName()))
          .limit(SHOWN)
          .toList();
    });
  }

  private record Row(Found found, List<String> probeFirstSounds, List<String> probeLastSounds) {}

  /** A candidate as kept: the person by id, with the score and reasons found. */
  record Kept(String key, int rank, UUID person, int score, List<String> reasons) {}

  @Override
  public Map<String, List<Candidate>> candidatesKept(
      UUID authorityId, String contactReference, Map<String, PersonProbe> probes) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      String looked = digest(probes.toString());
      // One statement: the people's version now, and what is kept for the contact with its people.
      record Read(long version, boolean fresh, String key, Candidate candidate) {}
      List<Read> read =
          jdbc.sql(
                  """
                  SELECT v.version, k.people_version = v.version AND k.probes = ? AS fresh,
                         c.key, c.score, ARRAY(SELECT jsonb_array_elements_text(c.reasons)) AS reasons,
                  """
                      + PERSON_COLUMNS
                      + """
                    FROM (SELECT coalesce((SELECT version FROM people_version WHERE authority_id = ?), 0) AS version) v
                    LEFT JOIN person_candidates_kept k ON k.authority_id = ? AND k.contact_reference = ?
                    LEFT JOIN LATERAL jsonb_to_recordset(k.candidates)
                         AS c (key text, rank int, person uuid, score int, reasons jsonb) ON true
                    LEFT JOIN person p ON p.authority_id = k.authority_id AND p.id = c.person
                   ORDER BY c.key, c.rank
                  """)
              .params(looked, authorityId, authorityId, contactReference)
              .query(
                  (rs, n) ->
                      new Read(
                          rs.getLong("version"),
                          rs.getBoolean("fresh"),
                          rs.getString("key"),
                          rs.getObject("id") == null
                              ? null
                              : new Candidate(person(rs, n), rs.getInt("score"), strings(rs.getArray("reasons")))))
              .list();
      Read first = read.get(0);
      boolean whole = read.stream().allMatch(r -> r.key() == null || r.candidate() != null);
      if (first.fresh() && whole) {
        Map<String, List<Candidate>> kept = new java.util.LinkedHashMap<>();
        probes.keySet().forEach(key -> kept.put(key, new ArrayList<>()));
        read.stream().filter(r -> r.key() != null && kept.containsKey(r.key()))
            .forEach(r -> kept.get(r.key()).add(r.candidate()));
        return kept;
      }
      Map<String, List<Candidate>> found = new java.util.LinkedHashMap<>();
      List<Kept> keep = new ArrayList<>();
      probes.forEach(
          (key, probe) -> {
            List<Candidate> candidates = candidates(authorityId, probe);
            found.put(key, candidates);
            for (int i = 0; i < candidates.size(); i++) {
              Candidate c = candidates.get(i);
              keep.add(new Kept(key, i, c.person().id(), c.score(), c.reasons()));
            }
          });
      jdbc.sql(
              """
              INSERT INTO person_candidates_kept (authority_id, contact_reference, people_version, probes, candidates)
              VALUES (?, ?, ?, ?, ?::jsonb)
              ON CONFLICT (authority_id, contact_reference) DO UPDATE
                SET people_version = excluded.people_version, probes = excluded.probes, candidates = excluded.candidates
              """)
          .params(authorityId, contactReference, first.version(), looked, json.writeValueAsString(keep))
          .update();
      return found;
    });
  }

  private static String digest(String text) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The branches of the narrowing query that the probe gives keys for, and their parameters. Each
   * branch gives the people it finds with their name keys, so the nearest names are chosen before
   * anyone's record is read. Names narrow by first name and surname sounding alike together,
   * either way round (ADR 0009).
   */
  record Narrowing(String sql, List<Object> params, String[] firstNames, String[] lastNames) {

    boolean isEmpty() {
      return params.isEmpty();
    }

    static Narrowing of(UUID authorityId, PersonProbe probe) {
      List<String> branches = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      String nhs = probe.nhsNumber() == null ? "" : probe.nhsNumber().replaceAll("[\\s-]", "");
      if (!nhs.isEmpty()) {
        branches.add("SELECT id, name_key FROM person WHERE authority_id = ? AND nhs_number = ?");
        params.addAll(List.of(authorityId, nhs));
      }
      String upn = probe.upn() == null ? "" : probe.upn().replaceAll("\\s", "").toUpperCase();
      if (!upn.isEmpty()) {
        branches.add("SELECT id, name_key FROM person WHERE authority_id = ? AND upn = ?");
        params.addAll(List.of(authorityId, upn));
      }
      // Year 0 stands for "not known" in the name keys; such people stay in reach.
      Integer[] years = {0};
      if (probe.dateOfBirth() != null) {
        List<LocalDate> dates = BirthDates.likelyMistakes(probe.dateOfBirth());
        branches.add("SELECT id, name_key FROM person WHERE authority_id = ? AND date_of_birth = ANY(?::date[])");
        params.addAll(List.of(authorityId, dates.stream().map(LocalDate::toString).toArray(String[]::new)));
        branches.add("SELECT id, name_key FROM person WHERE authority_id = ? AND expected_date BETWEEN ? AND ?");
        params.addAll(
            List.of(authorityId, Date.valueOf(probe.dateOfBirth().minusDays(60)), Date.valueOf(probe.dateOfBirth().plusDays(60))));
        Set<Integer> known = new LinkedHashSet<>(List.of(0));
        dates.forEach(d -> known.add(d.getYear()));
        years = known.toArray(Integer[]::new);
      }
      String[] firstNames = variants(probe.firstName());
      String[] lastNames = variants(probe.lastName());
      String yearClause = probe.dateOfBirth() == null ? "" : " AND birth_year = ANY(?::int[])";
      // One name alone never scores enough to be shown, so it narrows nothing.
      if (firstNames.length > 0 && lastNames.length > 0) {
        branches.add(
            "SELECT person_id AS id, name_key FROM person_name_pair, probe"
                + " WHERE authority_id = ? AND pair = ANY(probe.pairs)"
                + yearClause);
        params.add(authorityId);
        if (!yearClause.isEmpty()) {
          params.add(years);
        }
      }
      Optional<Postcode> postcode = Postcode.parse(probe.postcode());
      if (postcode.isPresent()) {
        branches.add("SELECT id, name_key FROM person WHERE authority_id = ? AND postcode = ?" + yearClause);
        params.add(authorityId);
        params.add(postcode.get().value());
        if (!yearClause.isEmpty()) {
          params.add(years);
        }
      }
      return new Narrowing(String.join("\nUNION\n", branches), params, firstNames, lastNames);
    }

    /** A name's key, its parts, and the usual other forms of each part (nicknames). */
    private static String[] variants(String name) {
      String key = PersonNames.key(name);
      Set<String> names = new LinkedHashSet<>();
      if (!key.isEmpty()) {
        names.add(key);
        for (String part : PersonNames.parts(key)) {
          names.addAll(Nicknames.variants(part));
        }
      }
      return names.toArray(String[]::new);
    }
  }

  @Override
  public History history(UUID authorityId, UUID personId, Instant now) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
      List<HistoryEntry> entries =
          jdbc.sql(
                  """
                  SELECT kind, reference, started_on, ended_on, below_threshold, summary
                    FROM person_history WHERE authority_id = ? AND person_id = ?
                  """)
              .params(authorityId, personId)
              .query(JdbcPeople::entry)
              .list();
      // One contact about several children of a household is one concern, not several.
      List<LocalDate> householdContacts =
          jdbc.sql(
                  """
                  SELECT DISTINCT h.reference, h.started_on
                    FROM person me
                    JOIN person p ON p.authority_id = me.authority_id
                                 AND (p.household_id = me.household_id OR p.id = me.id)
                    JOIN person_history h ON h.authority_id = p.authority_id AND h.person_id = p.id
                   WHERE me.authority_id = ? AND me.id = ?
                     AND h.kind = 'CONTACT' AND h.below_threshold
                     AND h.started_on BETWEEN ? AND ?
                  """)
              .params(authorityId, personId, Date.valueOf(today.minusMonths(12)), Date.valueOf(today))
              .query((rs, n) -> rs.getDate("started_on").toLocalDate())
              .list();
      return History.of(personId, today, entries, householdContacts);
    });
  }

  @Override
  public PersonLink link(LinkPerson decision) {
    return transactions.write(() -> {
      if (find(decision.authorityId(), decision.personId()).isEmpty()) {
        throw new IllegalArgumentException("No such person in this council");
      }
      return recordLink(
          decision.authorityId(),
          decision.contactReference(),
          decision.personId(),
          PersonLink.Decision.LINKED,
          decision.score(),
          decision.reasons(),
          decision.workerId(),
          decision.workerName());
    });
  }

  @Override
  public PersonLink createFrom(CreatePerson decision) {
    return transactions.write(() -> {
      KnownPerson person = add(decision.authorityId(), decision.person());
      return recordLink(
          decision.authorityId(),
          decision.contactReference(),
          person.id(),
          PersonLink.Decision.CREATED,
          null,
          List.of(),
          decision.workerId(),
          decision.workerName());
    });
  }

  private PersonLink recordLink(
      UUID authorityId,
      String contactReference,
      UUID personId,
      PersonLink.Decision decision,
      Integer score,
      List<String> reasons,
      UUID workerId,
      String workerName) {
    tenancy.bind(authorityId);
    PersonLink link =
        new PersonLink(
            UUID.randomUUID(), contactReference.strip(), personId, decision, score, reasons, workerId, workerName, clock.instant());
    jdbc.sql(
            """
            INSERT INTO person_link (authority_id, id, contact_reference, person_id, decision, score,
                                     reasons, decided_by, decided_by_name, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            authorityId,
            link.id(),
            link.contactReference(),
            personId,
            decision.name(),
            score,
            String.join("\n", reasons),
            workerId,
            workerName,
            java.sql.Timestamp.from(link.decidedAt()))
        .update();
    return link;
  }

  @Override
  public List<PersonLink> links(UUID authorityId, String contactReference) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT id, contact_reference, person_id, decision, score, reasons, decided_by,
                   decided_by_name, decided_at
              FROM person_link WHERE authority_id = ? AND contact_reference = ?
             ORDER BY decided_at, id
            """)
        .param(contactReference.strip())
        .query(
            (rs, n) ->
                new PersonLink(
                    rs.getObject("id", UUID.class),
                    rs.getString("contact_reference"),
                    rs.getObject("person_id", UUID.class),
                    PersonLink.Decision.valueOf(rs.getString("decision")),
                    rs.getObject("score", Integer.class),
                    rs.getString("reasons").isEmpty() ? List.of() : List.of(rs.getString("reasons").split("\n")),
                    rs.getObject("decided_by", UUID.class),
                    rs.getString("decided_by_name"),
                    rs.getTimestamp("decided_at").toInstant()))
        .list());
  }

  @Override
  public Optional<KnownPerson> find(UUID authorityId, UUID personId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + PERSON_COLUMNS + " FROM person p WHERE p.authority_id = ? AND p.id = ?")
        .param(personId)
        .query(JdbcPeople::person)
        .optional());
  }

  @Override
  public List<KnownPerson> household(UUID authorityId, UUID householdId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + PERSON_COLUMNS
                + " FROM person p WHERE p.authority_id = ? AND p.household_id = ?"
                + " ORDER BY p.kind = 'CHILD', p.last_name, p.first_name LIMIT 50")
        .param(householdId)
        .query(JdbcPeople::person)
        .list());
  }

  @Override
  public KnownPerson add(UUID authorityId, NewPerson person) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      UUID id = UUID.randomUUID();
      String postcode = Postcode.parse(person.postcode()).map(Postcode::value).orElse(blankToNull(person.postcode()));
      jdbc.sql(
              """
              INSERT INTO person (authority_id, id, kind, first_name, last_name, other_names,
                                  date_of_birth, expected_date, gender, nhs_number, upn, postcode,
                                  address_line, household_id, created_at)
              VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              authorityId,
              id,
              person.kind().name(),
              person.firstName(),
              person.lastName(),
              person.otherNames().toArray(String[]::new),
              person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()),
              person.expectedDate() == null ? null : Date.valueOf(person.expectedDate()),
              person.gender().name(),
              person.nhsNumber() == null ? null : person.nhsNumber().value(),
              person.upn() == null ? null : person.upn().value(),
              postcode,
              blankToNull(person.addressLine()),
              person.householdId(),
              java.sql.Timestamp.from(clock.instant()))
          .update();
      return find(authorityId, id).orElseThrow();
    });
  }

  @Override
  public UUID addHousehold(UUID authorityId, String addressLine, String postcode) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      UUID id = UUID.randomUUID();
      jdbc.sql("INSERT INTO household (authority_id, id, address_line, postcode, created_at) VALUES (?, ?, ?, ?, ?)")
          .params(
              authorityId,
              id,
              blankToNull(addressLine),
              Postcode.parse(postcode).map(Postcode::value).orElse(blankToNull(postcode)),
              java.sql.Timestamp.from(clock.instant()))
          .update();
      return id;
    });
  }

  @Override
  public void record(UUID authorityId, UUID personId, HistoryEntry entry) {
    transactions.write(() -> {
      tenancy.bind(authorityId);
      jdbc.sql(
              """
              INSERT INTO person_history (authority_id, id, person_id, kind, reference, started_on,
                                          ended_on, below_threshold, summary)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              authorityId,
              UUID.randomUUID(),
              personId,
              entry.kind().name(),
              entry.reference(),
              Date.valueOf(entry.startedOn()),
              entry.endedOn() == null ? null : Date.valueOf(entry.endedOn()),
              entry.belowThreshold(),
              entry.summary())
          .update();
    });
  }

  private static KnownPerson person(ResultSet rs, int n) throws SQLException {
    Date born = rs.getDate("date_of_birth");
    Date expected = rs.getDate("expected_date");
    return new KnownPerson(
        rs.getObject("id", UUID.class),
        PersonKind.valueOf(rs.getString("kind")),
        rs.getString("first_name"),
        rs.getString("last_name"),
        strings(rs.getArray("other_names")),
        born == null ? null : born.toLocalDate(),
        expected == null ? null : expected.toLocalDate(),
        Gender.valueOf(rs.getString("gender")),
        rs.getString("nhs_number"),
        rs.getString("upn"),
        rs.getString("postcode"),
        rs.getString("address_line"),
        rs.getObject("household_id", UUID.class));
  }

  private static HistoryEntry entry(ResultSet rs, int n) throws SQLException {
    Date ended = rs.getDate("ended_on");
    return new HistoryEntry(
        HistoryKind.valueOf(rs.getString("kind")),
        rs.getString("reference"),
        rs.getDate("started_on").toLocalDate(),
        ended == null ? null : ended.toLocalDate(),
        rs.getBoolean("below_threshold"),
        rs.getString("summary"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
