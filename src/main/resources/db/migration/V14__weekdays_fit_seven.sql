-- Fixed weekdays are kept as "MONDAY,TUESDAY,..."; all seven take 56 characters, and 40 refused
-- five or more days (e.g. MONDAY,WEDNESDAY,THURSDAY,SATURDAY,SUNDAY is 41).
alter table draft_prescription alter column weekdays set data type varchar(60);
alter table version_prescription alter column weekdays set data type varchar(60);
alter table template_prescription alter column weekdays set data type varchar(60);
