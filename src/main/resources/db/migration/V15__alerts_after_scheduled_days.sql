-- No adherence or no-log alert and no simplify suggestion before a program has had this many
-- scheduled days (and the patient has activated their account): a program published minutes ago
-- is not a patient who stopped.
alter table clinic_thresholds add column settle_scheduled_days int not null default 3;
