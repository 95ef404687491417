-- The dashboard counts goods lines by joining them to the cases' current versions (primary key) in a period and
-- grouping by country or HS chapter; no query looks lines up by country or chapter, so these two indexes were only
-- written: two index entries per goods item (100 for a filing of 50 one-item consignments) on the path of every filing.
drop index ix_filing_goods_line_country;
drop index ix_filing_goods_line_chapter;
