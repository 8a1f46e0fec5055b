-- 党组织: active party organizations per district and level on the latest day (DOMAIN 2: 党委/党总支/党支部/党小组).
with latest as (
    select max(d.stat_date) as stat_date from quanyu.dws.dws_party_organization_daily as d
)
select r.district_name, d.organization_level, sum(d.organization_count) as organizations
from quanyu.dws.dws_party_organization_daily as d
join latest as l on d.stat_date = l.stat_date
join quanyu.dim.dim_region as r on r.region_code = d.region_code
where r.district_name is not null
group by r.district_name, d.organization_level
order by r.district_name, d.organization_level
