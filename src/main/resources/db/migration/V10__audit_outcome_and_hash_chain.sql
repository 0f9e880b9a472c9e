-- Security events have an actor that may be unknown (a failed sign-in) and an outcome; every event
-- is chained to the one before by a SHA-256 hash, so a changed or removed row is detected.
alter table audit_event alter column actor_id drop not null;
alter table audit_event alter column actor_role drop not null;
alter table audit_event add column actor_name varchar(100);
alter table audit_event add column outcome varchar(10) default 'SUCCESS' not null;
alter table audit_event add column client_address varchar(64);
alter table audit_event add column seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);
create unique index ux_audit_event_seq on audit_event (seq);
create index ix_audit_event_at on audit_event (at);

-- The end of the chain: the last sealed event's position and hash (one row, locked while sealing).
create table audit_chain_head (
    id    integer     primary key,
    seq   bigint      not null,
    hash  varchar(64) not null
);
insert into audit_chain_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
