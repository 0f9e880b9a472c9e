-- The clinic's own numbers for the suggestion rules and alerts; without a row the defaults apply.
create table clinic_thresholds (
    clinic_id                 bigint       not null primary key references clinic (id),
    progress_adherence        int          not null,
    progress_max_pain         int          not null,
    progress_too_easy_of5     int          not null,
    regress_pain              int          not null,
    regress_pain_of5          int          not null,
    simplify_below_adherence  int          not null,
    simplify_keep             int          not null,
    check_in_after_days       int          not null,
    alert_pain                int          not null,
    alert_pain_rise           int          not null,
    updated_by                bigint       not null references user_account (id),
    updated_at                timestamp with time zone not null,
    version                   bigint       not null default 0
);
