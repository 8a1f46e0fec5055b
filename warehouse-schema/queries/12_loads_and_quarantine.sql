-- 数据质量: what the latest day's loads read, loaded and quarantined, and whether its data tests passed.
with latest as (
    select max(a.logical_date) as logical_date from quanyu.ops.ops_load_audit as a
),
tests as (
    select t.logical_date, count(*) as data_tests, count_if(not t.passed) as failed_tests
    from quanyu.ops.ops_data_test_result as t
    group by t.logical_date
)
select a.source_system, a.table_name, a.rows_read, a.rows_loaded, a.rows_quarantined, t.data_tests, t.failed_tests
from quanyu.ops.ops_load_audit as a
join latest as l on a.logical_date = l.logical_date
left join tests as t on t.logical_date = a.logical_date
order by a.source_system, a.table_name
