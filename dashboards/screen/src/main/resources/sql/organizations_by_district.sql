-- every district of the city, with zero where it has no organization that day; organizations sitting in a
-- community, a street or the district itself all count for the district
with day_counts as (
    select f.region_code, f.organization_count
    from quanyu.dws.dws_party_organization_daily as f
    where f.stat_date = :stat_date
),
districts as (
    select r.region_code as district_code, r.region_name as district_name
    from quanyu.dim.dim_region as r
    where r.region_level = 'district' and r.city_code = :city_code
)
select d.district_code, d.district_name, coalesce(sum(c.organization_count), 0) as organizations
from districts as d
left join quanyu.dim.dim_region as region
    on region.district_code = d.district_code and region.city_code = :city_code
left join day_counts as c
    on c.region_code = region.region_code
group by d.district_code, d.district_name
order by organizations desc, d.district_code
