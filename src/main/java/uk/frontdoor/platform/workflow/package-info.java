/**
 * The one shape of every workflow (ADR 0013): states and commands as enums, their moves in one
 * table ({@link uk.frontdoor.platform.workflow.Workflow}), and guarded moves with an append-only
 * history in the database ({@link uk.frontdoor.platform.workflow.Moves}).
 */
package uk.frontdoor.platform.workflow;
