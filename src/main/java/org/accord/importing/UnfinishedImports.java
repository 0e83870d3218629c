package org.accord.importing;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Imports that were under way when the portal stopped did not finish: they say so. */
@Component
class UnfinishedImports {

	private final ImportBatchRepository batches;

	private final MessageSource messages;

	UnfinishedImports(ImportBatchRepository batches, MessageSource messages) {
		this.batches = batches;
		this.messages = messages;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void fail() {
		this.batches
			.failUnfinished(this.messages.getMessage("import.failed.interrupted", null, java.util.Locale.ENGLISH));
	}

}
