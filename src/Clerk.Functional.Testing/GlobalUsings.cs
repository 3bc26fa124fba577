global using System.Collections.Generic;
global using System.Collections.Immutable;
