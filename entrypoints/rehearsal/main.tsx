import '../../components/rehearsal/rehearsal.css';
import { bootRehearsal } from '../../components/rehearsal/boot';

const container = document.getElementById('app');
if (container) void bootRehearsal(container);
