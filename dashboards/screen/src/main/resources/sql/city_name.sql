select r.region_name
from quanyu.dim.dim_region as r
where r.region_code = :city_code
