-- The event as the API shows it (the JSON of GET /events/{id}), rendered by the application
-- whenever the event is written. A page of events is then one indexed query returning ready JSON
-- instead of a dozen statements and an object graph per request. Null only until the application
-- renders it: rows written before this column existed are filled in at start-up.
alter table event add column document text;
