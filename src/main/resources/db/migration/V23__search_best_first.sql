-- The first matches of a search, best first (an exact name, then a name or a name's word that
-- starts with the text, then a document that contains it, then the words found apart: ranks 3 to
-- 0 of accord_search_rank, V13), without ranking every match. At a thousand times the seeds,
-- "university" matched all 100,000 agreements, 50,000 delegations, 20,000 people and 10,000
-- institutions, and ranking them all cost 240 ms of the database per search (6 searches a
-- second); "univ" cost a suggestion 5.5 ms. Now a common query (accord_common_query, below) reads
-- each rank apart, in the list's order, and only until there are enough (SearchText.bestSql): the
-- records that hold a common text are among the first read in the list's order, and only the ranks
-- that are rare among many matches need an index of their own, which these are.

-- A record's names (search_names, |name|other name|) as an array: rank 3, an exact name.
create function accord_name_list(names text) returns text[] language sql immutable parallel safe
as $$ select string_to_array(btrim(names, '|'), '|') $$;

create index institution_names_idx on institution using gin (accord_name_list(search_names))
    where archived_at is null;
create index agreement_names_idx on agreement using gin (accord_name_list(search_names))
    where archived_at is null;
create index delegation_names_idx on delegation using gin (accord_name_list(search_names))
    where archived_at is null;
create index person_names_idx on person using gin (accord_name_list(search_names))
    where archived_at is null;

-- The names' trigrams: rank 2, a name that starts with the text, is among the names that contain
-- it ("university" is in 4 of 100,000 agreements' titles, and in every one's document).
create index institution_names_trgm_idx on institution using gin (search_names gin_trgm_ops)
    where archived_at is null;
create index agreement_names_trgm_idx on agreement using gin (search_names gin_trgm_ops)
    where archived_at is null;
create index delegation_names_trgm_idx on delegation using gin (search_names gin_trgm_ops)
    where archived_at is null;
create index person_names_trgm_idx on person using gin (search_names gin_trgm_ops)
    where archived_at is null;

-- People in the search's order (name, id), as the other kinds' lists already are.
create index person_name_idx on person (name, id) where archived_at is null;

-- Whether a query is common: each of its words of three characters or more is in more than 2,000
-- documents, counting every counted word that contains it, as search matches it ("univ":
-- university, universities, universität). Only such a query is read rank by rank; a rarer one
-- has few matches, and ranking them all at once reads them once rather than once per rank.
-- Shorter words, numbers and other scripts are not counted (search_word, V21): a query of them is
-- taken for a rare one. Immutable for the reason given with accord_spelling (V13): worked out
-- once, while planning, so that the statement keeps only the one way or the other.
create function accord_common_query(query text) returns boolean language sql immutable parallel safe
as $$ select coalesce(min(n) > 2000, false) from (
          select (select coalesce(sum(s.documents), 0) from search_word s
                  where s.word like accord_contains_pattern(accord_spelling(w))) as n
          from regexp_split_to_table(btrim(accord_fold(query)), '\s+') w
          where char_length(w) >= 3) counted $$;

-- What splitting a document into its word starts (V22) costs the planner, about: ten times the
-- default. With the default it took the test for cheap, and once the statistics knew how many
-- documents a short word is in, it read a list filtered by "德国" (260 of 10,000 institutions) in
-- name order, splitting every document it passed (10 ms), rather than through the index of word
-- starts, which it does now (2.4 ms).
alter function accord_word_starts(text) cost 1000;
