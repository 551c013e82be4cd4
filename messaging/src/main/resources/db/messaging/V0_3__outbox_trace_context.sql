-- The W3C trace context (traceparent) of the work that wrote the event: the relay sends it as a record header,
-- so that the consumers' spans continue the same trace. Null when tracing is off.
alter table outbox_event add column traceparent varchar(55);
