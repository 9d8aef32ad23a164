package dev.asynciotck.interpreter;

import dev.asynciotck.program.Expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evaluates expressions. */
final class Evaluator {

    private final Session session;

    Evaluator(Session session) {
        this.session = session;
    }

    Object eval(Expr e, Map<String, Object> locals) {
        if (e instanceof Expr.Const c) {
            return c.value();
        }
        if (e instanceof Expr.Name n) {
            return lookup(n.id(), locals);
        }
        if (e instanceof Expr.BytesOf b) {
            return PyBytes.ofLatin1(b.latin1());
        }
        if (e instanceof Expr.Attr a) {
            return Attributes.get(session, eval(a.of(), locals), a.name());
        }
        if (e instanceof Expr.Call c) {
            Object fn = eval(c.fn(), locals);
            List<Object> args = evalAll(c.args(), locals);
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (Map.Entry<String, Expr> kw : c.kwargs().entrySet()) {
                kwargs.put(kw.getKey(), eval(kw.getValue(), locals));
            }
            return session.calls.call(fn, args, kwargs);
        }
        if (e instanceof Expr.ListOf l) {
            return evalAll(l.items(), locals);
        }
        if (e instanceof Expr.TupleOf t) {
            return new PyTuple(evalAll(t.items(), locals));
        }
        if (e instanceof Expr.SetOf s) {
            Set<Object> out = new LinkedHashSet<>();
            for (Object item : evalAll(s.items(), locals)) {
                Values.addToSet(out, item);
            }
            return out;
        }
        if (e instanceof Expr.DictOf d) {
            PyDict out = new PyDict();
            for (int i = 0; i < d.keys().size(); i++) {
                Object key = eval(d.keys().get(i), locals);
                out.put(key, eval(d.values().get(i), locals));
            }
            return out;
        }
        if (e instanceof Expr.Subscript x) {
            Object of = eval(x.of(), locals);
            return PyOps.subscript(of, eval(x.index(), locals));
        }
        if (e instanceof Expr.BinOp b) {
            return PyOps.arithmetic(b.op(), eval(b.left(), locals), eval(b.right(), locals));
        }
        if (e instanceof Expr.Compare c) {
            return PyOps.compare(c.op(), eval(c.left(), locals), eval(c.right(), locals));
        }
        if (e instanceof Expr.BoolOp b) {
            Object left = eval(b.left(), locals);
            return PyOps.truthy(left) == b.op().equals("and") ? eval(b.right(), locals) : left;
        }
        if (e instanceof Expr.Not n) {
            return !PyOps.truthy(eval(n.operand(), locals));
        }
        throw new InvalidProgramException("unknown expression " + e);
    }

    private List<Object> evalAll(List<Expr> items, Map<String, Object> locals) {
        List<Object> out = new ArrayList<>(items.size());
        for (Expr item : items) {
            out.add(eval(item, locals));
        }
        return out;
    }

    private Object lookup(String name, Map<String, Object> locals) {
        // one probe of each map, a name found or not (a value may be None, a null)
        Object local = locals.getOrDefault(name, Builtins.MISSING);
        if (local != Builtins.MISSING) {
            return local;
        }
        Object global = session.globals.getOrDefault(name, Builtins.MISSING);
        if (global != Builtins.MISSING) {
            return global;
        }
        Object definition = session.definition(name);
        if (definition != null) {
            return definition;
        }
        Object builtin = Builtins.get(session, name);
        if (builtin != Builtins.MISSING) {
            return builtin;
        }
        throw new InvalidProgramException("name '" + name + "' is not defined (not a parameter, a variable "
                + "assigned before, a function or class of the program, or a builtin of the scenario language)");
    }
}
