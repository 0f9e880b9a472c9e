-- A dose may say how hard (an effort rating 0-10, a band colour or kg; CERT item 13) and how fast
-- (seconds to lift, pause and lower). Every table that stores a dosage gets the same six columns;
-- all are optional, so existing exercises and program versions stay as they were.
alter table exercise add column intensity_kind varchar(8);
alter table exercise add column intensity_amount numeric(4, 1);
alter table exercise add column intensity_band varchar(8);
alter table exercise add column tempo_lift int;
alter table exercise add column tempo_pause int;
alter table exercise add column tempo_lower int;

alter table draft_prescription add column intensity_kind varchar(8);
alter table draft_prescription add column intensity_amount numeric(4, 1);
alter table draft_prescription add column intensity_band varchar(8);
alter table draft_prescription add column tempo_lift int;
alter table draft_prescription add column tempo_pause int;
alter table draft_prescription add column tempo_lower int;

alter table version_prescription add column intensity_kind varchar(8);
alter table version_prescription add column intensity_amount numeric(4, 1);
alter table version_prescription add column intensity_band varchar(8);
alter table version_prescription add column tempo_lift int;
alter table version_prescription add column tempo_pause int;
alter table version_prescription add column tempo_lower int;

alter table template_prescription add column intensity_kind varchar(8);
alter table template_prescription add column intensity_amount numeric(4, 1);
alter table template_prescription add column intensity_band varchar(8);
alter table template_prescription add column tempo_lift int;
alter table template_prescription add column tempo_pause int;
alter table template_prescription add column tempo_lower int;
