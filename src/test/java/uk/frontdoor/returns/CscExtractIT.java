package uk.frontdoor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusDetails;
import uk.frontdoor.casework.CensusRecords;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;

/**
 * The daily children's social care data extract on real PostgreSQL, to a folder and to a stub of
 * the DfE's API: the first extract holds every child; one with nothing changed sends nothing; a
 * child changed after an extract goes in the next and an unchanged child does not; a failed send
 * keeps the mark, so the change goes with the next run; a child who leaves the extract is purged.
 * The performance officer's download of the changes since a day, its bad days 400s naming the
 * field, and every send and download audited.
 */
@IntegrationTest
class CscExtractIT {

  static final UUID OXFORDSHIRE = ReturnsIT.OXFORDSHIRE;

  @Autowired CensusRecords records;
  @Autowired Authorities authorities;
  @Autowired CensusDetails details;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired AuditLog audit;
  @Autowired JsonMapper json;
  @Autowired TestClock clock;
  @Autowired Clock appClock;
  @Autowired MockMvc mvc;

  @TempDir Path folder;

  final StaffUser officer = MashTesting.named("Pat Performance", OXFORDSHIRE, "PERFORMANCE_OFFICER");
  final StaffUser worker = MashTesting.named("Sam Worker", OXFORDSHIRE, "SOCIAL_WORKER");

  /** The DfE API's stub: answers each POST with the status asked for, and keeps what it was sent. */
  final List<String> bodies = new CopyOnWriteArrayList<>();
  final List<String> paths = new CopyOnWriteArrayList<>();
  final List<String> tokens = new CopyOnWriteArrayList<>();
  final AtomicInteger answer = new AtomicInteger(200);
  HttpServer api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.stop(0);
    }
  }

  private ReturnsRows rows() {
    return new ReturnsRows(jdbc, transactions, tenancy, worker.id());
  }

  private CscExtract extractTo(String folder, String url) {
    return new CscExtract(records, authorities, new CscDestinations(folder, url, "test-token", "test-supplier"), jdbc, transactions, tenancy,
        audit, json, appClock);
  }

  private String startApi() throws Exception {
    api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    api.createContext("/", exchange -> {
      paths.add(exchange.getRequestURI().getPath());
      tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
      bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] reply = (answer.get() == 200 ? "[\"2026-11-28_02:00:00.000_abc\"]" : "Service unavailable").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.get(), reply.length);
      exchange.getResponseBody().write(reply);
      exchange.close();
    });
    api.start();
    return "http://127.0.0.1:" + api.getAddress().getPort() + "/api/";
  }

  /** The children of a JSON array, by LAchildID. */
  private Map<String, JsonNode> children(String array) {
    Map<String, JsonNode> children = new java.util.LinkedHashMap<>();
    json.readTree(array).forEach(child -> children.put(child.get("la_child_id").asString(), child));
    return children;
  }

  private String onlyFile() throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> written = files.toList();
      assertThat(written).hasSize(1);
      assertThat(written.get(0).getFileName().toString()).matches("csc-extract-931-\\d{8}T\\d{6}\\.json");
      return Files.readString(written.get(0));
    }
  }

  private Instant sentUntil() {
    return transactions.execute(s -> {
      tenancy.bind(OXFORDSHIRE);
      return jdbc.sql("SELECT sent_until FROM returns_csc_extract WHERE authority_id = ?").param(OXFORDSHIRE)
          .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    });
  }

  private List<AuditEntry> sends() {
    List<AuditEntry> sends = new ArrayList<>();
    transactions.executeWithoutResult(s -> {
      tenancy.bind(OXFORDSHIRE);
      jdbc.sql("SELECT subject_id FROM audit_event WHERE authority_id = ? AND subject_type = ? ORDER BY seq").params(OXFORDSHIRE, CscExtract.SUBJECT)
          .query(String.class).list().stream().distinct().forEach(id -> sends.addAll(audit.about(OXFORDSHIRE, CscExtract.SUBJECT, id)));
    });
    sends.sort(java.util.Comparator.comparing(AuditEntry::seq));
    return sends;
  }

  @Test
  void aChangeGoesInTheNextExtractAnUnchangedChildDoesNotAndAFailedSendKeepsTheMark() throws Exception {
    UUID ann = rows().episode(OXFORDSHIRE, "csc:ann", "Ann", LocalDate.parse("2015-05-06"), null);
    details.record(worker, ann, new CensusDetail("F", "WBRI", List.of("NONE"), "A950000178301", null, "2A"));
    UUID bob = rows().episode(OXFORDSHIRE, "csc:bob", "Bob", LocalDate.parse("2019-02-03"), null);
    details.record(worker, bob, new CensusDetail("M", "AIND", List.of("NONE"), null, "UN1", "6"));
    String annId = CinCensus.laChildId("csc:ann");
    String bobId = CinCensus.laChildId("csc:bob");

    // The first extract to the folder holds every child of the council in its window, Ann and Bob among them.
    CscExtract toFolder = extractTo(folder.toString(), "");
    assertThat(toFolder.send(OXFORDSHIRE)).isEqualTo(CscExtract.Outcome.SENT);
    Map<String, JsonNode> first = children(onlyFile());
    assertThat(first).containsKeys(annId, bobId);
    assertThat(first.get(annId).at("/child_details/unique_pupil_number").asString()).isEqualTo("A950000178301");
    assertThat(first.get(annId).at("/social_care_episodes/0/social_care_episode_id").asString()).isEqualTo(ann.toString());
    assertThat(first.get(annId).at("/social_care_episodes/0/referral_source").asString()).isEqualTo("2A");
    assertThat(first.get(annId).at("/social_care_episodes/0/child_and_family_assessments").isMissingNode()).isTrue();
    Instant firstMark = sentUntil();
    assertThat(firstMark).isEqualTo(clock.instant());

    // Nothing changed: nothing is written, and the mark moves on.
    clock.advance(Duration.ofHours(1));
    assertThat(toFolder.send(OXFORDSHIRE)).isEqualTo(CscExtract.Outcome.NOTHING_CHANGED);
    assertThat(Files.list(folder).count()).isEqualTo(1);
    assertThat(sentUntil()).isEqualTo(clock.instant());
    Instant markBeforeFailure = sentUntil();

    // Ann's assessment is recorded; the API is down: the run fails and the mark stays where it was.
    clock.advance(Duration.ofDays(1));
    rows().assessment(OXFORDSHIRE, ann, "2026-01-06", "2026-02-10", "9A", "4B");
    String url = startApi();
    CscExtract toApi = extractTo("", url);
    answer.set(503);
    int auditedBefore = sends().size();
    assertThat(toApi.send(OXFORDSHIRE)).isEqualTo(CscExtract.Outcome.FAILED);
    assertThat(sentUntil()).isEqualTo(markBeforeFailure);
    assertThat(sends()).hasSize(auditedBefore + 1).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("CSC_EXTRACT_FAILED");
      assertThat(entry.actorName()).isEqualTo(AuditLog.SYSTEM_NAME);
      assertThat(entry.subjectId()).isEqualTo(markBeforeFailure + "/" + clock.instant());
      assertThat(entry.detail()).contains("503").contains("0 of 1 children delivered");
    });

    // The next run sends Ann's change, and Ann alone: Bob has not changed since the last extract delivered.
    clock.advance(Duration.ofDays(1));
    answer.set(200);
    bodies.clear();
    assertThat(toApi.send(OXFORDSHIRE)).isEqualTo(CscExtract.Outcome.SENT);
    assertThat(paths).last().isEqualTo("/api/children_social_care_data/931/children");
    assertThat(tokens).last().isEqualTo("Bearer test-token");
    assertThat(bodies).hasSize(1);
    Map<String, JsonNode> sent = children(bodies.get(0));
    assertThat(sent.keySet()).containsExactly(annId);
    JsonNode assessment = sent.get(annId).at("/social_care_episodes/0/child_and_family_assessments/0");
    assertThat(assessment.get("start_date").asString()).isEqualTo("2026-01-06");
    assertThat(assessment.get("authorisation_date").asString()).isEqualTo("2026-02-10");
    assertThat(assessment.get("factors").toString()).isEqualTo("[\"9A\",\"4B\"]");
    assertThat(sent.get(annId).at("/child_details/uasc_flag").asBoolean()).isTrue();
    assertThat(sentUntil()).isEqualTo(clock.instant());
    assertThat(sends()).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("CSC_EXTRACT_SENT");
      assertThat(entry.subjectId()).isEqualTo(markBeforeFailure + "/" + clock.instant());
      assertThat(entry.detail()).contains("1 children changed since " + markBeforeFailure);
    });

    // Bob's only episode turns out to have ended years ago: he leaves the extract, and the next one purges him.
    rows().sql(OXFORDSHIRE, "UPDATE casework_episode SET referral_date = DATE '2020-01-06', status = 'CLOSED', closure_reason = 'RC7',"
        + " closed_at = TIMESTAMPTZ '2020-06-01 12:00:00+00' WHERE id = ?", bob);
    clock.advance(Duration.ofHours(2));
    bodies.clear();
    assertThat(toApi.send(OXFORDSHIRE)).isEqualTo(CscExtract.Outcome.SENT);
    assertThat(json.readTree(bodies.get(0)).toString())
        .isEqualTo("[{\"la_child_id\":\"" + bobId + "\",\"mis_child_id\":\"" + bobId + "\",\"purge\":true}]");
    clock.advance(Duration.ofHours(2));
    assertThat(toApi.send(OXFORDSHIRE)).isEqualTo(CscExtract.Outcome.NOTHING_CHANGED);
  }

  @Test
  void theDownloadHoldsTheChildrenChangedSinceTheDayAndIsAPerformanceOfficersAudited() throws Exception {
    // Past any moves of the other tests, everything is seen once; then a child is referred two days on.
    clock.moveTo(clock.instant().plus(Duration.ofDays(5)));
    mvc.perform(get("/staff/returns/csc-extract.json").with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", Matchers.containsString("filename=\"csc-extract-931-20261202T161500.json\"")));
    clock.advance(Duration.ofDays(2));
    UUID cara = rows().episode(OXFORDSHIRE, "csc:cara", "Cara", LocalDate.parse("2020-09-10"), null);
    details.record(worker, cara, new CensusDetail("F", "BAFR", List.of("LD"), null, "UN1", "3B"));

    String body = mvc.perform(get("/staff/returns/csc-extract.json").param("since", "2026-12-04").with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", Matchers.startsWith("application/json")))
        .andReturn().getResponse().getContentAsString();
    assertThat(children(body).keySet()).containsExactly(CinCensus.laChildId("csc:cara"));
    assertThat(children(body).get(CinCensus.laChildId("csc:cara")).at("/child_details/disabilities").toString()).isEqualTo("[\"LD\"]");

    Instant since = LocalDate.parse("2026-12-04").atStartOfDay(uk.frontdoor.authority.UkTime.ZONE).toInstant();
    assertThat(audit.about(OXFORDSHIRE, CscExtract.SUBJECT, since + "/" + clock.instant())).singleElement().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("CSC_EXTRACT_DOWNLOADED");
      assertThat(entry.actorName()).isEqualTo("Pat Performance");
      assertThat(entry.detail()).isEqualTo("Children's social care data extract downloaded: 1 children changed since 2026-12-04");
    });

    for (String bad : List.of("abc", "2026-02-30", "04/12/2026", "2026-12-25", "1999-12-31")) {
      mvc.perform(get("/staff/returns/csc-extract.json").param("since", bad).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
          .andExpect(jsonPath("$.errors.since").exists());
      mvc.perform(get("/staff/returns/csc-extract").param("since", bad).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("id=\"since-error\"")))
          .andExpect(content().string(Matchers.containsString("value=\"" + bad + "\"")))
          .andExpect(content().string(Matchers.containsString("govuk-error-summary")));
    }
    mvc.perform(get("/staff/returns/csc-extract").param("since", "2026-12-01").with(as(officer)))
        .andExpect(redirectedUrl("/staff/returns/csc-extract.json?since=2026-12-01"));
    mvc.perform(get("/staff/returns/csc-extract").param("since", "").with(as(officer)))
        .andExpect(redirectedUrl("/staff/returns/csc-extract.json"));
    mvc.perform(get("/staff/returns").with(as(officer)))
        .andExpect(content().string(Matchers.containsString("action=\"/staff/returns/csc-extract\"")));
    mvc.perform(get("/staff/returns/csc-extract.json").with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/returns/csc-extract").with(as(worker))).andExpect(status().isForbidden());
  }
}
