package app.plumbline.security;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import de.mkammerer.argon2.jna.Argon2Library;
import de.mkammerer.argon2.jna.Size_t;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The memory Argon2id checks work in (16 MiB each), kept from one check to the next: at most one
 * block for each check that may run at once. Through the library's plain API each check mallocs
 * its 16 MiB and frees it, and whether those pages stay mapped is up to the C allocator: at times
 * a check gets fresh pages, which the kernel zeroes on first touch, 4,096 page faults a check
 * (likely when other threads' allocations share and fragment the hashing thread's arena). Beside
 * 500 patients and a sign-in storm the hasher's thread did so for seconds at a time in one run, and
 * in another spent 22 % of the server's core in the kernel through most of the hold, a check
 * costing some 60 % more.
 * The library hands a block back only after wiping it, as it does before a free().
 */
final class HashMemory {

    private static final int ARGON2_MEMORY_ALLOCATION_ERROR = -22;
    /** Page-aligned, so each of the library's 1 KiB blocks starts a cache line (malloc promises 16 bytes). */
    private static final int ALIGNMENT = 4096;

    private final long blockBytes;
    private final int maxBlocks;
    private final ConcurrentLinkedDeque<Block> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger lent = new AtomicInteger();

    HashMemory(long blockBytes, int maxBlocks) {
        if (blockBytes < 1 || maxBlocks < 1) {
            throw new IllegalArgumentException("Blocks of " + blockBytes + " bytes, at most " + maxBlocks);
        }
        this.blockBytes = blockBytes;
        this.maxBlocks = maxBlocks;
    }

    /**
     * A block for a check that needs {@code bytes}, or empty (another size, or every block lent):
     * the library then allocates as usual. The last block given back is lent first, as the one most
     * likely still in the cache.
     */
    Optional<Block> borrow(long bytes) {
        if (bytes != blockBytes) {
            return Optional.empty();
        }
        Block block = idle.pollFirst();
        if (block != null) {
            return Optional.of(block);
        }
        if (made.incrementAndGet() > maxBlocks) {
            made.decrementAndGet();
            return Optional.empty();
        }
        return Optional.of(new Block(blockBytes));
    }

    void giveBack(Block block) {
        idle.offerFirst(block);
    }

    /** How many blocks were made so far (never more than the bound). */
    int blocksMade() {
        return made.get();
    }

    /** How many times the library took a block (for tests). */
    int timesTaken() {
        return lent.get();
    }

    /** The library's allocation callback: {@code int allocate(uint8_t **memory, size_t bytes)}. */
    public interface Allocate extends Callback {
        int invoke(Pointer memory, Size_t bytes);
    }

    /** The library's release callback: {@code void deallocate(uint8_t *memory, size_t bytes)}. */
    public interface Release extends Callback {
        void invoke(Pointer memory, Size_t bytes);
    }

    /**
     * One block with the two functions the library calls to take it and hand it back (the context's
     * {@code allocate_cbk} and {@code free_cbk}). Handing back keeps the block; the callbacks are
     * held here because the library only has their addresses.
     */
    final class Block {

        private final Memory memory;
        private final Allocate allocate;
        private final Release release;
        private final Pointer allocateFunction;
        private final Pointer releaseFunction;

        private Block(long bytes) {
            this.memory = (Memory) new Memory(bytes + ALIGNMENT).align(ALIGNMENT);
            this.allocate = (target, wanted) -> {
                if (wanted.longValue() > memory.size()) {
                    return ARGON2_MEMORY_ALLOCATION_ERROR;
                }
                target.setPointer(0, memory);
                lent.incrementAndGet();
                return Argon2Library.ARGON2_OK;
            };
            this.release = (given, size) -> { };
            this.allocateFunction = CallbackReference.getFunctionPointer(allocate);
            this.releaseFunction = CallbackReference.getFunctionPointer(release);
        }

        Pointer allocateFunction() {
            return allocateFunction;
        }

        Pointer releaseFunction() {
            return releaseFunction;
        }

        /** Whether every byte is zero (for tests: nothing of a password's work is left behind). */
        boolean isWiped() {
            byte[] bytes = memory.getByteArray(0, (int) memory.size());
            for (byte b : bytes) {
                if (b != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
