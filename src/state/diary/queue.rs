//! This tab's saves and lock operations, one at a time, in the order they were asked for: encryption is
//! asynchronous, so two quick taps on a locked diary must not race each other.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Gives this tab's saves and lock operations their turn, one at a time, in the order they were asked for.
#[derive(Clone, Default)]
pub struct SaveQueue(Rc<QueueInner>);

#[derive(Default)]
struct QueueInner {
    next_ticket: Cell<u64>,
    serving: Cell<u64>,
    waiting: RefCell<Vec<Waker>>,
}

impl PartialEq for SaveQueue {
    /// The queue is plumbing, not state the view shows.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for SaveQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SaveQueue")
    }
}

impl SaveQueue {
    /// Takes a place in the queue now (not when first polled), so the order is the order of calls. The
    /// returned future must be awaited to the end: a place never used would hold up everything after it.
    pub fn turn(&self) -> TurnFuture {
        let ticket = self.0.next_ticket.get();
        self.0.next_ticket.set(ticket + 1);
        TurnFuture {
            queue: self.clone(),
            ticket,
        }
    }
}

/// Resolves when it is this place's turn.
pub struct TurnFuture {
    queue: SaveQueue,
    ticket: u64,
}

impl Future for TurnFuture {
    type Output = Turn;

    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Turn> {
        if self.queue.0.serving.get() == self.ticket {
            Poll::Ready(Turn(self.queue.clone()))
        } else {
            self.queue
                .0
                .waiting
                .borrow_mut()
                .push(context.waker().clone());
            Poll::Pending
        }
    }
}

/// Holds the turn; the next place goes when this is dropped.
pub struct Turn(SaveQueue);

impl Drop for Turn {
    fn drop(&mut self) {
        let inner = &self.0 .0;
        inner.serving.set(inner.serving.get() + 1);
        let waiting: Vec<Waker> = inner.waiting.borrow_mut().drain(..).collect();
        for waker in waiting {
            waker.wake();
        }
    }
}
