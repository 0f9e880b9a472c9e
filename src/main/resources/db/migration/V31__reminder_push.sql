-- Reminders by push too: the patient's installed app or browser (module push) as a second channel
-- beside email. Existing plans keep email only.
alter table reminder_plan add column by_push boolean default false not null;
