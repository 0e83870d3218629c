package org.accord.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.model.SearchText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit log of sign-ins and account management. */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an event in its own transaction, so that a failed sign-in is kept even
	 * though the request that caused it fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, AuditAction action, String subject, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), truncate(actor, 60), action, truncate(subject, 60),
				truncate(detail, 500), remoteAddress()));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public Page<AuditEvent> list(AuditAction action, String text, Pageable pageable) {
		String pattern = SearchText.isEmpty(text) ? null : SearchText.containsPattern(text);
		return this.events.search(action, pattern, pageable);
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String text, int length) {
		if (text == null) {
			return null;
		}
		String clean = SearchText.clean(text);
		return (clean.length() <= length) ? clean : clean.substring(0, length);
	}

}
