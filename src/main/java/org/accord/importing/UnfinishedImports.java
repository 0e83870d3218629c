package org.accord.importing;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports that were under way when a portal node stopped did not finish: at start (and
 * every minute after, {@link ImportHousekeeping#failAbandoned()}) those whose node
 * stopped writing its heartbeat say so. An import another node is running is left alone.
 */
@Component
class UnfinishedImports {

	private final ImportHousekeeping imports;

	UnfinishedImports(ImportHousekeeping imports) {
		this.imports = imports;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void fail() {
		this.imports.failAbandoned();
	}

}
