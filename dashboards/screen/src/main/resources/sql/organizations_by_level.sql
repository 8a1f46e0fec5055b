select f.organization_level, sum(f.organization_count) as organizations
from quanyu.dws.dws_party_organization_daily as f
join quanyu.dim.dim_region as r
    on r.region_code = f.region_code
where f.stat_date = :stat_date and r.city_code = :city_code
group by f.organization_level
order by organizations desc
