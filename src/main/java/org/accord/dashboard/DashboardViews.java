package org.accord.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accord.country.Countries;
import org.accord.institution.Institution;
import org.accord.institution.InstitutionService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard page's views, each built once per computed dashboard and language: the
 * charts' data, the tables and the drawn world map are the same for every request until
 * the figures are computed again, so a request only looks its view up. A view is rebuilt
 * when the service hands out a dashboard other than the one it shows: any change to a
 * record drops the dashboards, and with them every view (homes and country options
 * included).
 */
@Component
class DashboardViews {

	private static final int MAX_KEPT = 200;

	private final DashboardService dashboards;

	private final InstitutionService institutions;

	private final Countries countries;

	private final MessageSource messages;

	private final JsonMapper json;

	private final WorldMap map;

	private final Map<Key, DashboardView> kept = new ConcurrentHashMap<>();

	private record Key(DashboardFilter filter, Locale locale) {
	}

	DashboardViews(DashboardService dashboards, InstitutionService institutions, Countries countries,
			MessageSource messages, JsonMapper json, WorldMap map) {
		this.dashboards = dashboards;
		this.institutions = institutions;
		this.countries = countries;
		this.messages = messages;
		this.json = json;
		this.map = map;
	}

	/** The view of the dashboard for this filter in this language. */
	DashboardView view(DashboardFilter filter, Locale locale) {
		Dashboard dashboard = this.dashboards.dashboard(filter);
		Key key = new Key(dashboard.filter(), locale);
		DashboardView view = this.kept.get(key);
		if (view == null || view.dashboard() != dashboard) {
			List<Institution> homes = this.institutions.homes();
			view = new DashboardView(dashboard, homes, this.countries.options(this.institutions.countryCodes()),
					this.countries, this.messages, locale, this.json, this.map);
			if (this.kept.size() >= MAX_KEPT) {
				this.kept.clear();
			}
			this.kept.put(key, view);
		}
		return view;
	}

}
