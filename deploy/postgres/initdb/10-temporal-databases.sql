-- Run once, when the postgresql service initialises its volume (docker-entrypoint-initdb.d).
-- The app's database `claims` is POSTGRES_DB; Temporal keeps its state and its
-- visibility (search attributes, lists) in two more.
CREATE DATABASE temporal;
CREATE DATABASE temporal_visibility;
