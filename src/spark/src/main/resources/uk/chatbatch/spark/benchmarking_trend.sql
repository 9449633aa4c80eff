-- The benchmarking_trend dataset (ROLLUP-SPEC.md): each LA's value in a cell over its latest 12 periods, with the
-- group median of that period beside it. Reads the view benchmarking (the benchmarking dataset just computed).
SELECT group_id, la_code, indicator_id, breakdown, breakdown_value, period_end, value, suppressed, group_median
FROM (
  SELECT *,
         dense_rank() OVER (PARTITION BY la_code, indicator_id, breakdown, breakdown_value
                            ORDER BY period_end DESC) AS recency
  FROM benchmarking
)
WHERE recency <= 12
