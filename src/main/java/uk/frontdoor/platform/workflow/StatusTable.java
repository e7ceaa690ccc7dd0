package uk.frontdoor.platform.workflow;

/**
 * Where a workflow's records live: a table under row-level security by council, keyed by
 * {@code (authority_id, id)}, with a {@code status} column; and its history table, keyed by
 * {@code (authority_id, <key>, seq)}, with the columns {@code at, from_status, to_status, command,
 * actor_id, actor_name, reason}, which the application may insert into but never update.
 *
 * @param table the records' table: {@code mash_contact}
 * @param history the history table: {@code mash_status_change}
 * @param key the history's column naming the record: {@code contact_id}
 */
public record StatusTable<S extends Enum<S> & State, C extends Enum<C>>(
    Workflow<S, C> workflow, String table, String history, String key) {}
