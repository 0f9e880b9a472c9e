-- After how many weeks the program builder proposes a new program's review date (1-26).
alter table clinic_settings add column review_after_weeks int default 2 not null;
