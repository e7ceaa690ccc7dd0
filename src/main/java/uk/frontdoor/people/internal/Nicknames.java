package uk.frontdoor.people.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Common English short forms of first names. Each group starts with the full name; a short form
 * may belong to more than one group (Alex, Sam, Charlie, Ted).
 */
public final class Nicknames {

  private static final List<List<String>> GROUPS =
      List.of(
          List.of("william", "will", "bill", "billy", "willie", "liam"),
          List.of("robert", "rob", "bob", "bobby", "robbie", "bert"),
          List.of("richard", "rich", "rick", "ricky", "dick"),
          List.of("james", "jim", "jimmy", "jamie"),
          List.of("john", "jack", "johnny", "jon"),
          List.of("jonathan", "jon", "jonny", "johnny"),
          List.of("thomas", "tom", "tommy"),
          List.of("michael", "mike", "mikey", "mick", "micky"),
          List.of("christopher", "chris", "kit"),
          List.of("alexander", "alex", "alec", "sandy", "xander"),
          List.of("alexandra", "alex", "lexi", "sandra"),
          List.of("daniel", "dan", "danny"),
          List.of("matthew", "matt", "matty"),
          List.of("joseph", "joe", "joey"),
          List.of("samuel", "sam", "sammy"),
          List.of("samantha", "sam", "sammy"),
          List.of("benjamin", "ben", "benny"),
          List.of("edward", "ed", "eddie", "ted", "ned"),
          List.of("theodore", "theo", "ted", "teddy"),
          List.of("anthony", "tony", "ant"),
          List.of("nicholas", "nick", "nicky"),
          List.of("charles", "charlie", "chas", "chuck"),
          List.of("charlotte", "charlie", "lottie"),
          List.of("henry", "harry", "hal"),
          List.of("frederick", "fred", "freddie", "freddy"),
          List.of("patrick", "pat", "paddy"),
          List.of("peter", "pete"),
          List.of("stephen", "steve", "stevie"),
          List.of("steven", "steve", "stevie"),
          List.of("andrew", "andy", "drew"),
          List.of("david", "dave", "davy"),
          List.of("joshua", "josh"),
          List.of("oliver", "ollie", "olly"),
          List.of("alfred", "alf", "alfie"),
          List.of("timothy", "tim", "timmy"),
          List.of("kenneth", "ken", "kenny"),
          List.of("ronald", "ron", "ronnie"),
          List.of("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby", "bess"),
          List.of("margaret", "maggie", "meg", "peggy"),
          List.of("catherine", "cath", "cathy", "kate", "katie", "kitty"),
          List.of("katherine", "kath", "kathy", "kate", "katie", "kat"),
          List.of("jessica", "jess", "jessie"),
          List.of("rebecca", "becky", "becca"),
          List.of("victoria", "vicky", "tori"),
          List.of("jennifer", "jen", "jenny"),
          List.of("susan", "sue", "susie"),
          List.of("deborah", "debbie", "deb"),
          List.of("abigail", "abby", "abbie"),
          List.of("eleanor", "ellie", "nell", "nellie"),
          List.of("amelia", "millie", "mia"),
          List.of("emily", "em", "emmy"),
          List.of("florence", "flo", "florrie"),
          List.of("harriet", "hattie"),
          List.of("isabella", "izzy", "bella", "isabel"),
          List.of("olivia", "liv", "livvy"),
          List.of("zachary", "zach", "zac"));

  private Nicknames() {}

  /** The name and every name it is a short or full form of, as name keys. */
  public static Set<String> variants(String key) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(key);
    for (List<String> group : GROUPS) {
      if (group.contains(key)) {
        variants.addAll(group);
      }
    }
    return variants;
  }

  /**
   * How two different first names are the same name, in words: "Bill for William", or "Bill and
   * Billy, both short for William". Empty if they are not.
   */
  public static Optional<String> relation(String key, String otherKey, String shown, String otherShown) {
    if (key.equals(otherKey)) {
      return Optional.empty();
    }
    for (List<String> group : GROUPS) {
      if (group.contains(key) && group.contains(otherKey)) {
        String full = group.get(0);
        if (otherKey.equals(full)) {
          return Optional.of(shown + " for " + otherShown);
        }
        if (key.equals(full)) {
          return Optional.of(otherShown + " for " + shown);
        }
        return Optional.of(shown + " and " + otherShown + ", both short for " + capitalised(full));
      }
    }
    return Optional.empty();
  }

  private static String capitalised(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }
}
