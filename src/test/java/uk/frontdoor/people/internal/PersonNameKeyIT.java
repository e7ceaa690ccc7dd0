package uk.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.IntegrationTest;

/**
 * The database's {@code person_name_key}, which the stored keys of known people are made with, and
 * {@link PersonNames#key}, which the names being looked for are keyed with, must agree on every
 * name, or a person is stored under one key and searched for under another and never found.
 */
@IntegrationTest
class PersonNameKeyIT {

  /**
   * Real names, with their letters as written, from the languages that families in England most
   * often speak besides English (the 2021 census's main languages), and from the British Isles.
   */
  static final List<String> NAMES =
      List.of(
          // Polish
          "Łukasz Wąsowski", "Grzegorz Brzęczyszczykiewicz", "Małgorzata Żółkiewska", "Michał Ściśle",
          // Romanian (comma below, and the older cedilla forms)
          "Ștefan Țurcanu", "Ştefan Ţurcanu", "Ioana Vânătoru", "Mădălina Bălășoiu",
          // Lithuanian and Latvian
          "Žydrūnas Ilgauskas", "Jānis Bērziņš", "Ģirts Ķeniņš", "Dovilė Šarūnaitė",
          // Portuguese and Spanish
          "João Gonçalves", "María José Núñez", "Inês Conceição",
          // Turkish
          "İbrahim Şahin", "Gülşen Öztürk", "Ağaoğlu", "Işıl Çelik",
          // Bulgarian, Czech, Slovak and Hungarian in Latin script
          "Jiří Dvořák", "Ľubomír Ďurčo", "Ádám Szőke", "Erzsébet Ű",
          // Albanian
          "Ëmira Çela", "Dritëro Xhaferi",
          // Vietnamese
          "Nguyễn Thị Ánh", "Đặng Văn Lâm", "Trương Thị Ơn",
          // German, French, Nordic and Icelandic
          "Müller-Lüdenscheidt", "Jürgen Straße", "François-Xavier Lefèvre", "Zoë Noël",
          "Søren Kierkegaard", "Ærø", "Björk Guðmundsdóttir", "Þóra Ólafsdóttir", "Œdipe",
          // Irish, Welsh, Scottish and English usage
          "Siobhán Ó Súilleabháin", "Dafydd ap Gwilym", "Ffion Llŷr", "Seán Mac Giolla Phádraig",
          "O’Neill", "D'Arcy-Smith", "St. John", "Mc Donald",
          // Names in scripts the key does not read: both sides must agree they give no key
          "Олександр Шевченко", "محمد", "Ὀδυσσεύς",
          // Letters written with combining marks rather than precomposed
          "S\u0326tefan", "Zoe\u0308", "Nguye\u0302\u0303n");

  @Autowired JdbcClient jdbc;

  @Test
  void theDatabaseAndJavaGiveEveryNameTheSameKey() {
    Map<String, String> database = new LinkedHashMap<>();
    Map<String, String> java = new LinkedHashMap<>();
    for (String name : NAMES) {
      database.put(name, jdbc.sql("SELECT person_name_key(?)").param(name).query(String.class).single());
      java.put(name, PersonNames.key(name));
    }
    assertThat(database).isEqualTo(java);
  }

  @Test
  void lettersWithMarksAreKeyedAsTheirPlainLetters() {
    assertThat(PersonNames.key("Ștefan Țurcanu")).isEqualTo("stefan turcanu");
    assertThat(PersonNames.key("Björk Guðmundsdóttir")).isEqualTo("bjork gudmundsdottir");
    assertThat(PersonNames.key("İbrahim Işıl")).isEqualTo("ibrahim isil");
    assertThat(PersonNames.key("Đặng Văn Lâm")).isEqualTo("dang van lam");
  }
}
