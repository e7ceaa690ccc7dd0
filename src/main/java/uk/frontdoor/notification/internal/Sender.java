package uk.frontdoor.notification.internal;

/** Delivers one message, or throws: the outbox keeps it and tries again later. */
public interface Sender {
  void deliver(OutboxMessage message) throws Exception;
}
