# states
