package uk.frontdoor.casework;

import uk.frontdoor.platform.Labelled;

/** What a child and family assessment concludes should happen next. */
public enum AssessmentOutcome implements Labelled {
  CIN_PLAN,
  /** Once authorised, the episode steps down to early help, with the assessment as the reason. */
  EARLY_HELP,
  /** Once authorised, the episode may close (RC8 Case closed after assessment, no further action). */
  NO_FURTHER_ACTION;
}
