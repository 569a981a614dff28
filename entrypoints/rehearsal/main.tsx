import '../../rehearsal/ui/rehearsal.css';
import { bootRehearsal } from '../../rehearsal/ui/boot';

const container = document.getElementById('app');
if (container) void bootRehearsal(container, new AbortController().signal);
