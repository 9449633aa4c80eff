-- The benchmarking dataset (ROLLUP-SPEC.md, "Groups"): one row per LA x cell, a cell being
-- (period_end, indicator_id, breakdown, breakdown_value). Reads the view shareable_indicators (the shareable
-- indicators rows of the group's LAs and periods, with group_id added). The in-JVM roll-up computes the same;
-- SparkRollupIT holds the two to each other row for row.
WITH cell_rows AS (
  SELECT group_id, period_end, indicator_id, indicator_title, breakdown, breakdown_value, la_code,
         -- a withheld figure stays empty, whatever the file holds
         CASE WHEN coalesce(suppressed, false) THEN NULL ELSE value END AS value,
         suppressed, coalesce(suppressed, false) AS withheld, suppression_reason, status, settings, catalogue_version,
         england_value, england_year, unit, polarity,
         -- a missing part counts as empty text
         concat(coalesce(catalogue_version, ''), '|', coalesce(settings, '')) AS definition_key
  FROM shareable_indicators
  -- one shuffle for everything below: each period whole in one task serves every window (all partition by the
  -- cell, which starts with period_end) and the write (one file per period)
  DISTRIBUTE BY period_end
), keyed AS (
  SELECT *,
         size(collect_set(la_code) OVER (PARTITION BY period_end, indicator_id, breakdown, breakdown_value,
                                         definition_key)) AS key_holders
  FROM cell_rows
), judged AS (
  -- the reference definition: the one most LAs hold; ties to the smallest key. Its polarity orders the ranks.
  SELECT *,
         first(definition_key) OVER reference_first AS reference_key,
         first(settings) OVER reference_first AS reference_settings,
         first(polarity) OVER reference_first AS reference_polarity
  FROM keyed
  WINDOW reference_first AS (PARTITION BY period_end, indicator_id, breakdown, breakdown_value
                             ORDER BY key_holders DESC, definition_key ASC
                             ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
), compared_rows AS (
  SELECT *,
         definition_key = reference_key AS compared,
         definition_key = reference_key AND NOT withheld AND status = 'computed' AND value IS NOT NULL
           AND NOT isnan(value) AS used
  FROM judged
), stats AS (
  SELECT *,
         size(collect_set(la_code) OVER cell) AS group_la_count,
         count(CASE WHEN used THEN 1 END) OVER cell AS n_las,
         avg(CASE WHEN used THEN value END) OVER cell AS group_mean,
         -- type 7 (linear between closest ranks); NULL when no value is used
         percentile(CASE WHEN used THEN value END, array(0.25, 0.5, 0.75)) OVER cell AS quartiles,
         -- 1 = best; ties share the smallest rank; ranked among the used rows only
         rank() OVER (PARTITION BY period_end, indicator_id, breakdown, breakdown_value, used
                      ORDER BY CASE WHEN reference_polarity = 'lower_is_better' THEN value END ASC,
                               CASE WHEN reference_polarity = 'lower_is_better' THEN NULL ELSE value END DESC)
           AS rank_if_used
  FROM compared_rows
  WINDOW cell AS (PARTITION BY period_end, indicator_id, breakdown, breakdown_value)
)
SELECT group_id, period_end, indicator_id, indicator_title, breakdown, breakdown_value, la_code,
       value, suppressed, suppression_reason, compared,
       CASE WHEN NOT compared
            THEN concat('definition or settings differ from the group''s: ', coalesce(settings, 'null'), ' vs ',
                        coalesce(reference_settings, 'null')) END AS not_compared_reason,
       CAST(group_la_count AS BIGINT) AS group_la_count,
       n_las,
       group_mean,
       quartiles[1] AS group_median,
       quartiles[0] AS group_q1,
       quartiles[2] AS group_q3,
       CASE WHEN used THEN CAST(rank_if_used AS BIGINT) END AS rank,
       -- by value, not by polarity
       CASE WHEN used THEN CASE WHEN value <= quartiles[0] THEN 1
                                WHEN value <= quartiles[1] THEN 2
                                WHEN value <= quartiles[2] THEN 3
                                ELSE 4 END END AS quartile_band,
       england_value, england_year, unit, polarity, settings, catalogue_version
FROM stats
