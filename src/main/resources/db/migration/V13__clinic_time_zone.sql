-- The clinic's time zone (an IANA region such as Europe/Berlin) for "today", schedules and the
-- times shown; null means the server's. Stored instants stay UTC.
alter table clinic_settings add column time_zone varchar(60);
