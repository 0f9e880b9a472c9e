-- The everyday advice a program template hands on (advice item slugs, in order), like a draft's
-- and a version's: saving a program as a template keeps its advice, applying the template brings it back.
create table template_advice (
    owner_id    bigint      not null references program_template (id),
    position    int         not null,
    advice_slug varchar(80) not null references advice_item (slug),
    primary key (owner_id, position)
);
