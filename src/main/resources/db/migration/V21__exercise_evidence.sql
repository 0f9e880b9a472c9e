-- An exercise's plain statement of its evidence (what is and is not known), beside or instead of
-- references; the catalog files require one of the two.
alter table exercise add column evidence varchar(1000);
