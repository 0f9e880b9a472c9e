-- What every printed sheet of a clinic carries besides its name: logo, contact line, the address
-- of the patient portal (for the QR code) and the paper size. One row per clinic, made on first save.
create table clinic_settings (
    clinic_id       bigint       not null primary key references clinic (id),
    contact_line    varchar(200),
    portal_address  varchar(200),
    paper_size      varchar(10)  not null default 'A4',
    logo_type       varchar(30),
    logo            bytea,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint ck_clinic_settings_paper check (paper_size in ('A4', 'LETTER'))
);
