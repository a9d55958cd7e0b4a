// A stand-in for rech's worker that dies while loading, before it says it is ready.
throw new Error('cannot load');
