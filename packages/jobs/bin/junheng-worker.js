#!/usr/bin/env node
require('../dist/worker-main.js');
