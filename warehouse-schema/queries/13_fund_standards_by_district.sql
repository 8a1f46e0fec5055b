-- 经费保障: how many communities of each district met each of Ningbo's fund standards in the last full year (or, while
-- the ledgers cover no full year yet, met them so far this year), and the total shortfall (DOMAIN 4: 社区工作经费 ≥
-- 150,000 per 1,000 households, 党组织工作经费 60k/50k/40k by level, 服务群众专项经费 ≥ 200,000 per community).
with judged_year as (
  select coalesce(max(case when f.is_full_year then f.stat_year end), max(f.stat_year)) as stat_year
  from quanyu.dws.dws_fund_standard_yearly as f
)
select y.stat_year, bool_and(f.is_full_year) as full_year, r.district_name, s.fund_type, s.standard_basis,
       count(*) as communities,
       count_if(f.meets_standard) as communities_meeting,
       round(100.0 * count_if(f.meets_standard) / count(*), 1) as met_percent,
       sum(f.shortfall_amount) as shortfall_yuan
from quanyu.dws.dws_fund_standard_yearly as f
join judged_year as y on f.stat_year = y.stat_year
join quanyu.dim.dim_region as r on r.region_code = f.region_code
join quanyu.dim.dim_fund_standard as s on s.standard_code = f.standard_code
group by y.stat_year, r.district_name, s.fund_type, s.standard_basis
order by r.district_name, s.fund_type
