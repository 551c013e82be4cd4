-- One database and one login role per service; no service can read another's tables.
-- Run once by the official PostgreSQL image on an empty data volume.
create role registry login password 'registry';
create database registry owner registry;
create role consular login password 'consular';
create database consular owner consular;
create role transport login password 'transport';
create database transport owner transport;
