-- Search: the words that nearly every document holds ("university", "agreement") are tested
-- on the rows that the query's rarer words found through the trigram index, instead of going
-- through the index themselves. Through the index, every word's trigrams are read and
-- intersected: at a thousand times the seeds, "generated university 00042" read the posting
-- lists of 180,000 documents for each of its first two words (agreements: 29 ms), against
-- 1.4 ms when only "00042" goes through the index and the other two are tested on its rows.

-- How many documents hold each word, as last counted; null: not counted yet (a new word,
-- taken for a rare one). Counted again by accord_count_search_words (at night, after an
-- import and after the generator), not by the triggers that add the words: a count kept by
-- them would make every transaction that saves a record wait for the row of "university".
alter table search_word add column documents integer;

-- Counts the documents of every kind that hold each word of search_word. One node at a time
-- (the others return at once); about 2 s at a thousand times the seeds.
create function accord_count_search_words() returns void language plpgsql as $$
begin
    if not pg_try_advisory_xact_lock(hashtext('accord_count_search_words')) then
        return;
    end if;
    with counted as (
        select w as word, count(*) as documents from (
            select distinct d.kind, d.id, w from (
                select 'institution' as kind, id, search_document from institution
                union all select 'agreement', id, search_document from agreement
                union all select 'office', id, search_document from office
                union all select 'delegation', id, search_document from delegation
                union all select 'source', id, search_document from source
                union all select 'person', id, search_document from person) d,
                regexp_split_to_table(d.search_document, '[^a-z]+') w
            where char_length(w) between 4 and 60) x
        group by w)
    update search_word s set documents = coalesce(c.documents, 0)
    from search_word t left join counted c on c.word = t.word
    where s.word = t.word and s.documents is distinct from coalesce(c.documents, 0);
end $$;

select accord_count_search_words();

-- How many documents hold a typed word as search matches it (accord_spelling); 0 when it was
-- not counted or is no word of search_word (numbers, references, other scripts). Immutable
-- for the reason given with accord_spelling (V13): worked out once, while planning.
create function accord_word_documents(typed text) returns integer language sql immutable parallel safe
as $$ select coalesce((select s.documents from search_word s where s.word = accord_spelling(typed)), 0) $$;

-- Whether a word of a query goes through the trigram index: yes when at most 2,000 documents
-- hold it, or when no other word of the query is rarer (so that every query uses the index
-- for its rarest word at least). The query's words are those SearchText.words takes: two
-- characters or more.
create function accord_word_indexed(typed text, query text) returns boolean language sql immutable parallel safe
as $$ select accord_word_documents(typed) <= 2000
          or accord_word_documents(typed) <= (
              select min(accord_word_documents(w))
              from regexp_split_to_table(btrim(query), '\s+') w
              where char_length(w) >= 2) $$;

-- accord_matches (V13) for one word of a query: a common word (accord_word_indexed false)
-- as a test of the rows that the other words found, which the index cannot answer and
-- PostgreSQL therefore applies to them (the same match: the document contains the word,
-- corrected; words of one or two characters are never common). Plain SQL with the choice
-- worked out while planning, so that the condition left is the one or the other.
create function accord_matches_in(document text, typed text, query text) returns boolean language sql stable parallel safe
as $$ select case when accord_word_indexed($2, $3) then accord_matches($1, $2)
                  else strpos($1, accord_spelling($2)) > 0 end $$;
