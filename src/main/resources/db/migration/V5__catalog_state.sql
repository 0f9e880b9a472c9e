-- The hash of the catalog files last imported: an unchanged catalog is not parsed again at start-up.
create table catalog_state (
    id           int          primary key,
    files_hash   varchar(64)  not null,
    imported_at  timestamp with time zone not null
);
