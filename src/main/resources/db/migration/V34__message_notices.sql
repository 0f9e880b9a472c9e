-- Whether the patient is told by email that the clinic has written (the email says only that there
-- is a message). On by default; the one-click unsubscribe link switches it off with email reminders.
-- A plan row may now exist with reminders never chosen (reminders_chosen false): the reminder job
-- made it to hold this choice and the unsubscribe token of the notice emails.
alter table reminder_plan add column message_notices boolean default true not null;
alter table reminder_plan add column reminders_chosen boolean default true not null;
