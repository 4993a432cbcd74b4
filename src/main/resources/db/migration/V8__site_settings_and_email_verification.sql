-- Site-wide settings, one row, changed by admins and effective at once.
create table site_settings (
    id                int          primary key,
    site_name         varchar(80)  not null default 'Limber',
    registration_open boolean      not null default false,
    guest_comments    boolean      not null default true,
    moderate_all      boolean      not null default false,
    hold_link_count   integer      not null default 2,
    moderation_words  text         not null default '',
    disallowed_words  text         not null default '',
    mail_sender       varchar(254) not null default '',
    updated_at        timestamp with time zone not null,
    version           bigint       not null default 0,
    constraint site_settings_single_row check (id = 1),
    constraint site_settings_link_count check (hold_link_count between 0 and 50)
);
insert into site_settings (id, updated_at) values (1, current_timestamp);

-- Self-registered people confirm their email before their first sign-in; existing accounts count as confirmed.
alter table people add column email_verified boolean not null default true;

-- One-time links serve password resets and email confirmation alike.
alter table password_reset_tokens rename to one_time_links;
alter table one_time_links add column purpose varchar(20) not null default 'PASSWORD_RESET';
alter table one_time_links add constraint one_time_links_purpose_known
    check (purpose in ('PASSWORD_RESET', 'CONFIRM_EMAIL'));
