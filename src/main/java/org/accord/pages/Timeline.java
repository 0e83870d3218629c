package org.accord.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.accord.agreement.Agreement;
import org.accord.delegation.Delegation;
import org.accord.model.PartialDate;
import org.accord.office.Office;
import org.accord.statistics.ExchangeStatistic;

/**
 * The history of a relationship in date order, newest first: agreements signed, offices
 * opened, delegations and figures, built from what the partner's page already reads (no
 * further query). Undated records are left out: the lists below the timeline hold them.
 */
public final class Timeline {

	private Timeline() {
	}

	/**
	 * One dated event; {@code kindKey} names its kind, {@code link} opens its record. A
	 * figure's title is its measure's message key, with its value as {@code detail}.
	 */
	public record Event(LocalDate sortDate, String date, String kindKey, String title, String titleKey, String detail,
			String link) {

		/** The CSS class that colours the event's kind. */
		public String kindClass() {
			return this.kindKey.replace('.', '-');
		}

	}

	static List<Event> of(List<Agreement> agreements, List<Office> offices, List<Delegation> delegations,
			List<ExchangeStatistic> statistics) {
		List<Event> events = new ArrayList<>();
		for (Agreement agreement : agreements) {
			add(events, agreement.getSigned(), "timeline.agreement",
					agreement.getReference() + " · " + agreement.getTitle(), "/agreements/" + agreement.getId());
		}
		for (Office office : offices) {
			add(events, office.getOpened(), "timeline.office", office.getName(), "/offices/" + office.getId());
		}
		for (Delegation delegation : delegations) {
			events.add(new Event(delegation.getStartsOn(), delegation.getStartsOn().toString(), "timeline.delegation",
					delegation.getTitle(), null, null, "/delegations/" + delegation.getId()));
		}
		for (ExchangeStatistic statistic : statistics) {
			LocalDate date = (statistic.getYearFrom() != null) ? LocalDate.of(statistic.getYearFrom(), 1, 1)
					: (statistic.getAsOf() != null) ? statistic.getAsOf().getDate() : null;
			if (date != null) {
				events.add(new Event(date, statistic.getPeriodText(), "timeline.statistic", null,
						statistic.getMeasure().getMessageKey(), String.valueOf(statistic.getValue()),
						"/statistics/" + statistic.getId()));
			}
		}
		events.sort(Comparator.comparing(Event::sortDate).reversed().thenComparing(Event::link));
		return events;
	}

	private static void add(List<Event> events, PartialDate date, String kindKey, String title, String link) {
		if (date != null) {
			events.add(new Event(date.getDate(), date.toString(), kindKey, title, null, null, link));
		}
	}

}
