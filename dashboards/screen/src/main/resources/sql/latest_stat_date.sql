select max(f.stat_date) as stat_date
from quanyu.dws.dws_party_organization_daily as f
