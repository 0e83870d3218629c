package org.accord.importing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

/**
 * How far each import that this node runs got, in rows: counted by the worker, read by
 * the batch page and written to the database by the heartbeat
 * ({@link ImportHousekeeping#beat()}) for the other nodes.
 */
@Component
class ImportProgress {

	private final Map<Long, AtomicInteger> running = new ConcurrentHashMap<>();

	void start(Long id) {
		this.running.put(id, new AtomicInteger());
	}

	void end(Long id) {
		this.running.remove(id);
	}

	void add(Long id, int rows) {
		counter(id).addAndGet(rows);
	}

	AtomicInteger counter(Long id) {
		return this.running.get(id);
	}

	/** Rows done, or null when this node does not run that import. */
	Integer done(Long id) {
		AtomicInteger done = this.running.get(id);
		return (done != null) ? done.get() : null;
	}

	void forEach(BiConsumer<Long, Integer> each) {
		this.running.forEach((id, done) -> each.accept(id, done.get()));
	}

}
